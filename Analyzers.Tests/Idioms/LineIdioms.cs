namespace FirmwareGuard.Tests.Idioms;

/// <summary>Console lines built from several messages, and messages that are not console lines (FG0104).</summary>
internal static class LineIdioms
{
    public static readonly Idiom[] All =
    {
        new("newline in finally", "option ROM load ended in finally", """
            void LoadOptionRom(uint devfn)
            {
                Log.Printf("Loading option ROM of %02x ... ", devfn);
                try
                {
                    if (!Rom.Load(devfn))
                    {
                        return;
                    }

                    Log.Printf("checksum %x ", Rom.Checksum(devfn));
                }
                finally
                {
                    Log.Printf("done\n");
                }
            }
            """),
        new("newline in finally", "option ROM load whose early return skips the newline", """
            void LoadOptionRom(uint devfn)
            {
                Log.Printf({|FG0104:"Loading option ROM of %02x ... "|}, devfn);
                try
                {
                    if (!Rom.Load(devfn))
                    {
                        return;
                    }
                }
                finally
                {
                    Rom.Checksum(devfn);
                }

                Log.Printf("done\n");
            }
            """),
        new("pieces printed by one call in a loop", "hex dump of a buffer, ended after the loop", """
            void HexDump(uint[] words)
            {
                for (var i = 0; i < words.Length; i++)
                {
                    Log.Printf(" %08x", words[i]);
                }

                Log.Printf("\n");
            }
            """),
        new("pieces printed by one call in a loop", "hex dump glued to the summary line", """
            void HexDump(uint[] words)
            {
                for (var i = 0; i < words.Length; i++)
                {
                    Log.Printf({|FG0104:" %08x"|}, words[i]);
                }

                Log.Printf("%u words\n", (uint)words.Length);
            }
            """),
        new("pieces printed by one call in a loop", "hex dump with an address at the start of each row", """
            void HexDump(byte[] bytes, uint address)
            {
                for (var i = 0; i < bytes.Length; i++)
                {
                    if (i % 16 == 0)
                    {
                        Log.Printf("\n%08x:", address + (uint)i);
                    }

                    Log.Printf(" %02x", bytes[i]);
                }

                Log.Printf("\n");
            }
            """),
        new("newline from a constant argument", "status word from a constant string", """
            void Probe(bool found)
            {
                Log.Printf("Probing for a TPM ... ");
                Log.Printf("%s", found ? "found\n" : "none\n");
            }
            """),
        new("newline from a constant argument", "status word without a newline", """
            void Probe(bool found)
            {
                Log.Printf({|FG0104:"Probing for a TPM ... "|});
                Log.Printf({|FG0104:"%s"|}, found ? "found" : "none");
            }
            """),
        new("newline from a constant argument", "progress dots ended by a character", """
            void Wait(int polls)
            {
                Log.Printf("Waiting for the device");
                for (var i = 0; i < polls; i++)
                {
                    Log.Printf(".");
                }

                Log.Printf("%c", '\n');
            }
            """),
        new("newline from a constant argument", "progress dots ended by a space", """
            void Wait(int polls)
            {
                Log.Printf({|FG0104:"Waiting for the device"|});
                for (var i = 0; i < polls; i++)
                {
                    Log.Printf({|FG0104:"."|});
                }

                Log.Printf({|FG0104:"%c"|}, ' ');
            }
            """),
        new("newline from a constant argument", "done line through a constant string", """
            void Finish()
            {
                Log.Printf("Writing SMBIOS tables ... ");
                Log.Printf("%s", "done\n");
            }
            """),
        new("string argument that is not constant", "message printed through %s, as the FG0007 fix writes it", """
            void Say(string message)
            {
                Log.Printf("hvmloader: ");
                Log.Printf("%s", message);
            }
            """),
        new("string argument that is not constant", "name printed before a colon that is never ended", """
            void Say(string name)
            {
                Log.Printf({|FG0104:"%s: "|}, name);
            }
            """),
        new("buffer shim", "xenstore path formatted into a buffer", """
            void WriteVifPath(uint domid, uint vif)
            {
                var path = new char[64];
                Fmt.Snprintf(path, path.Length, "/local/domain/%u/device/vif/%u", domid, vif);
                Xenstore.Write(path, "1");
            }
            """),
        new("buffer shim", "xenstore path printed to the console without a newline", """
            void WriteVifPath(uint domid, uint vif)
            {
                var path = new char[64];
                Log.Printf({|FG0104:"/local/domain/%u/device/vif/%u"|}, domid, vif);
                Xenstore.Write(path, "1");
            }
            """),
        new("line in a local function", "ACPI table report in a local function", """
            void BuildAcpi(uint rsdp, uint length)
            {
                Report("RSDP");
                Report("XSDT");

                void Report(string signature) => Log.Printf("ACPI %s at %x, %u bytes\n", signature, rsdp, length);
            }
            """),
        new("line in a local function", "ACPI table report left open in a local function", """
            void BuildAcpi(uint rsdp)
            {
                Report("RSDP");
                Log.Printf("\n");

                void Report(string signature) => Log.Printf({|FG0104:"ACPI %s at %x"|}, signature, rsdp);
            }
            """),
        new("line in a lambda", "SMBIOS structure callback ends its lines", """
            void WalkSmbios(uint[] handles)
            {
                Action<uint> show = handle =>
                {
                    Log.Printf("SMBIOS structure ");
                    Log.Printf("%04x\n", handle);
                };
                Array.ForEach(handles, show);
            }
            """),
        new("line in a lambda", "SMBIOS structure callback leaves its line open", """
            void WalkSmbios(uint[] handles)
            {
                Array.ForEach(handles, handle => Log.Printf({|FG0104:"SMBIOS structure %04x "|}, handle));
                Log.Printf("\n");
            }
            """),
        new("warning glued to a message of its own", "hvmloader's high memory warning with its newline", """
            void CheckHighMem(uint highMemPgend)
            {
                if (highMemPgend != 0)
                {
                    Log.Printf("WARNING: hvm_info->high_mem_pgend %x does not point into high memory!\n", highMemPgend);
                }

                Log.Printf("%sRAM in high memory\n", highMemPgend != 0 ? "" : "No ");
            }
            """),
        new("warning glued to a message of its own", "patch 3/8's warning without its newline", """
            void CheckHighMem(uint highMemPgend)
            {
                if (highMemPgend != 0)
                {
                    Log.Printf({|FG0104:"WARNING: hvm_info->high_mem_pgend %x does not point into high memory!"|}, highMemPgend);
                }

                Log.Printf("%sRAM in high memory\n", highMemPgend != 0 ? "" : "No ");
            }
            """),
    };
}
