namespace FirmwareGuard.Tests.Verifiers;

/// <summary>
/// The shims every analyzer test can call, one per variadic shape and dialect. They live in a
/// referenced assembly (<see cref="ShimLibrary"/>), as a user's logging library would, so test
/// sources hold only the code under test.
/// </summary>
internal static class ShimSources
{
    public const string Text = """
        #nullable enable
        using System;

        namespace Demo
        {
            [AttributeUsage(AttributeTargets.Method)]
            public sealed class PrintfShimAttribute : Attribute
            {
                public PrintfShimAttribute() { }
                public PrintfShimAttribute(string dialect) { Dialect = dialect; }
                public string? Dialect { get; set; }
            }

            public static class Log
            {
                [PrintfShim] public static void Printf(string format, params object?[] args) { }
                [PrintfShim] public static void PrintfSpan(string format, params ReadOnlySpan<object?> args) { }
                [PrintfShim] public static void PrintfVar(string format, __arglist) { }
                [PrintfShim("seabios")] public static void Dprintf(string format, params object?[] args) { }
                [PrintfShim("edk2-ia32")] public static void Debug32(string format, params object?[] args) { }
                [PrintfShim("edk2-x64")] public static void Debug64(string format, params object?[] args) { }
                [PrintfShim("edk2-x64")] public static void DebugVar64(string format, __arglist) { }
                [PrintfShim] public static string Sprintf(string format, params object?[] args) => format;
                public static void Plain(string format, params object?[] args) { }
            }
        }
        """;
}
