using System;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>The enum types of the generated calls, filled in once the generated assembly is loaded.</summary>
internal static class SoundnessTypes
{
    public static Type Small { get; set; } = typeof(int);

    public static Type Wide { get; set; } = typeof(ulong);

    public const string Source = """
        namespace Soundness
        {
            public enum Small : int { One = 1 }
            public enum Wide : ulong { One = 1 }
        }
        """;
}
