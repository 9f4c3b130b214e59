namespace FirmwareGuard.Tests.Idioms;

/// <summary>
/// What the idioms' firmware calls: role and relocation attributes declared as a user's firmware would,
/// a <c>[MustLog]</c> physmap, an <c>snprintf</c> port writing into a buffer, and the PCI, e820 and
/// module records hvmloader-style code prints. The shims themselves are the test library's <c>Demo.Log</c>.
/// </summary>
internal static class IdiomPlatform
{
    private const string Platform = """
        namespace Demo.Hv
        {
            using System;
            using Demo;

            [AttributeUsage(AttributeTargets.All)]
            sealed class LogRoleAttribute : Attribute { public LogRoleAttribute(string role) { } }

            [AttributeUsage(AttributeTargets.Method)]
            sealed class MustLogAttribute : Attribute { }

            static class Physmap
            {
                [MustLog]
                public static void Move([LogRole("address")] uint from, [LogRole("address")] uint to, [LogRole("size")] uint pages) { }

                [MustLog]
                public static void RelocateBarsHigh() { }
            }

            static class Fmt
            {
                [PrintfShim]
                public static int Snprintf(char[] buf, int size, string format, params object?[] args) => 0;
            }

            static class Xenstore
            {
                public static void Write(char[] path, string value) { }
            }

            static class Clock
            {
                public static uint Ticks32 => 0;
                public static ulong Ticks => 0;
            }

            static class Rom
            {
                public static bool Load(uint devfn) => true;
                public static uint Checksum(uint devfn) => 0;
            }

            struct Module { public ulong Paddr; public uint Size; }
            struct Window { public ulong Base; public ulong Limit; }
            sealed class Range { public ulong Base { get; set; } public ulong Limit { get; set; } }
            sealed class Bridge { public Range Prefetch { get; } = new(); public uint Devfn; }
            sealed class PciBar { public uint Devfn; public uint BarReg; public ulong Size; public ulong Base; }
            struct E820Entry { public ulong Addr; public ulong Size; public uint Type; }
            sealed class Slot { [LogRole("register")] public uint Which; public uint Devfn; public ulong Size; }
        }

        """;

    /// <summary>The platform, then the idiom's members in a class <c>Firmware</c>.</summary>
    public static string With(Idiom idiom) => Platform + $$"""
        namespace Demo.Hv
        {
            using System;
            using Demo;

            class Firmware
            {
        {{idiom.Members}}
            }
        }
        """;
}
