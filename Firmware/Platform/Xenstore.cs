using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Platform;

/// <summary>The guest's xenstore directory, as hvmloader's xenstore_read sees it (paths relative to the domain).</summary>
public sealed class Xenstore
{
    /// <summary>HVM_XS_ALLOW_MEMORY_RELOCATE (xen/include/public/hvm/hvm_xs_strings.h, added by patch 8/8).</summary>
    public const string AllowMemoryRelocate = "hvmloader/allow-memory-relocate";

    private readonly Dictionary<string, string> entries = [];

    public string? Read(string path) => entries.GetValueOrDefault(path);

    public void Write(string path, string value) => entries[path] = value;
}
