namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>A scenario shipped with the tool, with the cover letter's case it stands for.</summary>
public sealed record BuiltInScenario(Scenario Scenario, string Description)
{
    public string Name => Scenario.Name;
}
