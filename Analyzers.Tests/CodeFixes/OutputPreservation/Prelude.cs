namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>
/// What every generated call compiles against: a <c>[PrintfShim]</c> that hands format and
/// arguments to the firmware runtime's <c>Doprint.Emit</c>, and a trace of every argument
/// evaluation that has a side effect (<c>Trace.Ev</c> calls, <c>Box.Value</c> reads) and of the print itself.
/// </summary>
internal static class Prelude
{
    public const string Source = """
        #nullable enable
        using System;
        using System.Text;
        using FirmwareGuard.Firmware.Runtime;

        [AttributeUsage(AttributeTargets.Method)]
        public sealed class PrintfShimAttribute : Attribute { }

        public static class Trace
        {
            public static StringBuilder Events { get; } = new();

            public static T Ev<T>(int id, T value)
            {
                Events.Append('e').Append(id).Append(';');
                return value;
            }
        }

        public sealed class Box<T>
        {
            private readonly int id;
            private readonly T value;

            public Box(int id, T value)
            {
                this.id = id;
                this.value = value;
            }

            public T Value
            {
                get
                {
                    Trace.Events.Append('p').Append(id).Append(';');
                    return value;
                }
            }
        }

        public static class Shim
        {
            public static string Output = "";

            [PrintfShim]
            public static void Printf(string format, params object?[] args)
            {
                Trace.Events.Append("print;");
                try
                {
                    Output = Doprint.Emit(format, args);
                }
                catch (FirmwareFault fault)
                {
                    Output = "FAULT " + fault.Emitted;
                }
            }
        }
        """;
}
