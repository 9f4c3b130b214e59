namespace FirmwareGuard.Tests.Idioms;

/// <summary>Logging helpers that forward to the console shim, and what is checked inside them.</summary>
internal static class WrapperIdioms
{
    public static readonly Idiom[] All =
    {
        new("inferred wrapper body", "debug helper stamping a 32-bit tick count", """
            static void Debug(string format, params object?[] args)
            {
                Log.Printf("[%u] ", Clock.Ticks32);
                Log.Printf(format, args);
            }
            """),
        new("inferred wrapper body", "debug helper stamping a 64-bit tick count with %llu", """
            static void Debug(string format, params object?[] args)
            {
                Log.Printf("[{|FG0002:%llu|}] ", Clock.Ticks);
                Log.Printf(format, args);
            }
            """),
        new("forwarding local function", "trace helper as a local function, called correctly", """
            void Probe(uint devfn, uint vendor)
            {
                Trace("probing %02x: vendor %04x\n", devfn, vendor);

                void Trace(string format, params object?[] args) => Log.Printf(format, args);
            }
            """),
        new("forwarding local function", "trace helper as a local function, given a 64-bit value", """
            void Probe(uint devfn, ulong romSize)
            {
                Trace("probing %02x: ROM of %x bytes\n", devfn, {|FG0001:romSize|});

                void Trace(string format, params object?[] args) => Log.Printf(format, args);
            }
            """),
    };
}
