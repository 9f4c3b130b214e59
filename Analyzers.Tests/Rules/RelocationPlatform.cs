namespace FirmwareGuard.Tests.Rules;

/// <summary>
/// The <c>[MustLog]</c> hypercalls FG0103's tests call, with the marking attributes declared in
/// source as a user's firmware would declare them.
/// </summary>
internal static class RelocationPlatform
{
    public const string Source = """
        namespace Demo.Hv
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class LogRoleAttribute : System.Attribute { public LogRoleAttribute(string role) { } }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            sealed class MustLogAttribute : System.Attribute { }

            static class Physmap
            {
                [MustLog]
                public static void Move([LogRole("address")] uint from, [LogRole("address")] uint to, [LogRole("size")] uint pages) { }

                [MustLog]
                public static bool TryMove([LogRole("address")] uint from, [LogRole("address")] uint to, [LogRole("size")] uint pages) => true;

                [MustLog]
                public static void RelocateBarsHigh() { }

                public static void Touch(ref uint value) { }
            }
        }

        """;

    /// <summary>The platform, then the members in a class <c>Setup</c> that sees the shims' namespace.</summary>
    public static string WithSetup(string members) => Source + $$"""
        namespace Demo.Hv
        {
            using Demo;

            class Setup
            {
        {{members}}
            }
        }
        """;
}
