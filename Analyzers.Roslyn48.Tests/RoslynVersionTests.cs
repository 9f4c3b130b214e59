using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FirmwareGuard.Tests;

/// <summary>The linked generator tests mean something here only if this assembly really runs Roslyn 4.8.</summary>
public class RoslynVersionTests
{
    [Fact]
    public void TheCompilerInThisProcessIsRoslyn48()
    {
        var version = typeof(CSharpCompilation).Assembly.GetName().Version!;

        Assert.Equal((4, 8), (version.Major, version.Minor));
    }
}
