using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Explaining;

/// <summary>A BAR whose register value the log printed, with the flag bits the BAR table leaves out of its address.</summary>
public sealed record FlaggedBar(BarAssignment Bar)
{
    /// <summary>
    /// The flag bits and what each means: the prefetch and 64-bit type bits of a memory BAR, the space
    /// bit of an I/O BAR, the ROM's enable bit.
    /// </summary>
    public IReadOnlyList<(uint Bit, string Meaning)> Meanings
    {
        get
        {
            var flags = Bar.Flags;
            var meanings = new List<(uint, string)>();
            if (Bar.Type == BarType.Io)
            {
                meanings.Add((BarRegister.Io, "I/O space"));
            }
            else if (Bar.Type == BarType.Rom)
            {
                meanings.Add((BarRegister.RomEnable, "ROM enabled"));
            }
            else
            {
                if ((flags & BarRegister.Prefetchable) != 0)
                {
                    meanings.Add((BarRegister.Prefetchable, "prefetchable"));
                }

                if ((flags & PciConfig.BaseAddressMemTypeMask) == PciConfig.BaseAddressMemType64)
                {
                    meanings.Add((BarRegister.Memory64, "64-bit"));
                }
            }

            return meanings;
        }
    }

    /// <summary>"c = 8 prefetchable + 4 64-bit", or "1 I/O space" for a single bit.</summary>
    public string Described
    {
        get
        {
            var bits = string.Join(" + ", Meanings.Select(meaning => $"{meaning.Bit:x} {meaning.Meaning}"));
            return Meanings.Count == 1 ? bits : $"{Bar.Flags:x} = {bits}";
        }
    }
}
