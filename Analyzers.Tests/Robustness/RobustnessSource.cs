using System.Collections.Immutable;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// One program the robustness test mangles: a set of files of which one (<see cref="Target"/>) is
/// cut and trimmed while the others stay whole.
/// </summary>
public sealed class RobustnessSource
{
    public RobustnessSource(string name, ImmutableArray<(string Path, string Text)> files, int target)
    {
        Name = name;
        Files = files;
        Target = target;
    }

    /// <summary>Where the text came from, for failure messages: a test file and line, or a Firmware file.</summary>
    public string Name { get; }

    public ImmutableArray<(string Path, string Text)> Files { get; }

    public int Target { get; }

    public string TargetText => Files[Target].Text;

    public RobustnessSource WithTargetText(string text) =>
        new(Name, Files.SetItem(Target, (Files[Target].Path, text)), Target);
}
