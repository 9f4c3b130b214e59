using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FirmwareGuard.Tests.Robustness;
using Xunit;

namespace FirmwareGuard.Tests.Meta;

/// <summary>
/// A build prints each diagnostic on one line, help link last: no message may hold a control
/// character or a line separator. Every analyzer runs over every rule test's source and over calls
/// that put control characters wherever a message quotes something, and every descriptor that can
/// fire without configuration files must have fired at least once.
/// </summary>
public class OneLineMessageTests
{
    /// <summary>Rules that need an AdditionalFiles dialect file or an .editorconfig to fire; their message arguments have tests of their own.</summary>
    private static readonly string[] NeedConfiguration = ["FG0902", "FG0904", "FG0905"];

    private const string ControlCharacters = """"
        using Demo;
        static class Bios
        {
            [PrintfShim("sea\nbios\t\u2028")] public static void Printf(string format, params object?[] args) { }
        }

        sealed class MustLogAttribute : System.Attribute { }

        static class Physmap
        {
            [MustLog] public static void Move(uint pages) { }
        }

        public static class Debug
        {
            public static void Trace(string format, params object?[] args) => Log.Printf(format, args);
        }

        class C
        {
            void M(ulong wide, uint narrow, double d, object[] array, string text)
            {
                Log.Printf("tab%\t and %\x01 and %\0 and %\r and %\u2028 and %\u0085\n");
                Log.Printf("%\t%");
                Log.Printf("%\x7f %llx %x %s\n", wide, @"a
        b", d, narrow, """
                    line
                    break
                    """);
                Log.Dprintf("%llx\t%\v\n", narrow);
                Log.Printf(text + "\n");
                Log.Printf("%d\n", array);
                Bios.Printf("x\n");
                Log.Printf("%*d\t\n", @"multi
        line");
            }

            void N() => Physmap.Move(@"multi
        line".Length > 1 ? 1u : 2u);
        }
        """";

    [Theory]
    [MemberData(nameof(AnalyzerCatalog.DescriptorIdData), MemberType = typeof(AnalyzerCatalog))]
    public void TheDescriptorsOwnTextIsOneLine(string id)
    {
        var descriptor = AnalyzerCatalog.Descriptor(id);

        Assert.True(IsOneLine(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture)), id);
        Assert.True(IsOneLine(descriptor.Title.ToString(CultureInfo.InvariantCulture)), id);
    }

    [Fact]
    public async Task NoDiagnosticMessageBreaksItsLine()
    {
        var sources = TestSourceCollector.RuleTestSources()
            .Add(new RobustnessSource("control characters", [("Test0.cs", ControlCharacters)], 0));
        var harness = await RobustnessHarness.CreateAsync();
        var fired = new ConcurrentDictionary<string, bool>();
        var broken = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(sources, async (source, _) =>
        {
            foreach (var diagnostic in await harness.AnalyzeAsync(source))
            {
                fired[diagnostic.Id] = true;
                var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
                if (!IsOneLine(message))
                {
                    broken.Enqueue($"{source.Name}: {diagnostic.Id}: {message}");
                }
            }
        });

        Assert.Empty(broken);
        var neverFired = AnalyzerCatalog.Descriptors.Select(d => d.Descriptor.Id).Except(NeedConfiguration).Except(fired.Keys).ToList();
        Assert.Empty(neverFired);
    }

    [Theory]
    [InlineData("dialect '%'\n")]
    [InlineData("a\tb")]
    [InlineData("\x01\u2028\u0085")]
    public void OneLineMeansNoControlCharacterOrLineSeparator(string text)
    {
        Assert.False(IsOneLine(text));
    }

    private static bool IsOneLine(string text) => !text.Any(c => c < ' ' || char.IsControl(c) || c is '\u2028' or '\u2029');
}
