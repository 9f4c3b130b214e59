namespace FirmwareGuard.Dialects;

/// <summary>How a printer writes the line ends of its format's literal text.</summary>
internal enum NewlineStyle
{
    /// <summary>As the format has them.</summary>
    AsWritten,

    /// <summary>EDK2: <c>\n</c> and <c>\n\r</c> are written as <c>\r\n</c>, <c>\r\n</c> as it is; a lone <c>\r</c> stays <c>\r</c>.</summary>
    CrLf,
}
