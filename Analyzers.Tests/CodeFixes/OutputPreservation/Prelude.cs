namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>
/// What every generated call compiles against: a <c>[PrintfShim]</c> that hands format and
/// arguments to the firmware runtime's <c>Doprint.Emit</c>, and a trace of every argument
/// evaluation that has a side effect (<c>Trace.Ev</c>, <c>Trace.After</c> and <c>Trace.Bump</c> calls,
/// <c>Box.Value</c> reads) and of the print itself; <c>Holder.Field</c> is a plain field to read.
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

            public static T After<T>(int id, T value, Action effect)
            {
                Events.Append('a').Append(id).Append(';');
                effect();
                return value;
            }

            public static T Bump<T, TVariable>(int id, T value, ref TVariable variable)
                where TVariable : System.Numerics.INumber<TVariable>
            {
                Events.Append('b').Append(id).Append(';');
                variable++;
                return value;
            }
        }

        public sealed class Holder<T>
        {
            public T Field;

            public Holder(T value)
            {
                Field = value;
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

            [PrintfShim]
            public static int Printn(string format, params object?[] args)
            {
                Printf(format, args);
                return Output.Length;
            }
        }
        """;
}
