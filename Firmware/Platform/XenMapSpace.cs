namespace FirmwareGuard.Firmware.Platform;

/// <summary>The XENMAPSPACE_* kinds of XENMEM_add_to_physmap this model implements.</summary>
public enum XenMapSpace
{
    /// <summary>XENMAPSPACE_gmfn_range: move a range of guest frames.</summary>
    GmfnRange = 5,
}
