namespace FirmwareGuard.Tests.Idioms;

/// <summary>ACPI and SMBIOS table messages, as firmware prints them while it builds the tables.</summary>
internal static class TableIdioms
{
    public static readonly Idiom[] All =
    {
        new("table messages", "SMBIOS entry point and structure count", """
            void ReportSmbios(uint entryPoint, uint structures, uint length)
            {
                Log.Printf("SMBIOS: entry point at %08x, %u structures, %u bytes\n", entryPoint, structures, length);
            }
            """),
        new("table messages", "SMBIOS structure count as a long", """
            void ReportSmbios(uint entryPoint, long structures)
            {
                Log.Printf("SMBIOS: entry point at %08x, %u structures\n", entryPoint, {|FG0001:structures|});
            }
            """),
        new("table messages", "ACPI tables placed, with a pointer printed as hex", """
            void ReportAcpi(uint rsdp, uint tablesEnd)
            {
                Log.Printf("ACPI: RSDP at %08x, tables end at %08x\n", rsdp, tablesEnd);
            }
            """),
        new("table messages", "ACPI tables placed, with %p", """
            void ReportAcpi(uint rsdp, string signature)
            {
                Log.Printf("ACPI: %s at {|FG0002:%p|}\n", signature, rsdp);
            }
            """),
        new("table messages", "xenstore key with a domain id", """
            void ReportXenstore(uint domid, string key)
            {
                Log.Printf("xenstore: /local/domain/%u/%s\n", domid, key);
            }
            """),
        new("table messages", "xenstore key printed with a missing argument", """
            void ReportXenstore(uint domid)
            {
                Log.Printf("xenstore: /local/domain/%u/{|FG0003:%s|}\n", domid);
            }
            """),
    };
}
