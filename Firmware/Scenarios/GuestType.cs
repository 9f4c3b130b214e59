namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>How the guest is virtualised: only an HVM guest boots through hvmloader.</summary>
public enum GuestType
{
    Hvm,
    Pv,
}
