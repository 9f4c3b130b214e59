using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Platform;

/// <summary>The hypercalls hvmloader's pci_setup makes: XENMEM_add_to_physmap over the guest's physmap.</summary>
public sealed class Hypervisor(GuestMemory memory)
{
    public const ushort DomidSelf = 0x7ff0;
    public const int Success = 0;
    public const int Einval = -22;

    private readonly List<PhysmapMove> moves = [];

    public GuestMemory Memory { get; } = memory;

    /// <summary>Every successful move, in order.</summary>
    public IReadOnlyList<PhysmapMove> Moves => moves;

    /// <summary>
    /// XENMEM_add_to_physmap with XENMAPSPACE_gmfn_range: moves <paramref name="size"/> frames from
    /// <paramref name="idx"/> to <paramref name="gpfn"/>. -EINVAL when the source is not RAM or the
    /// destination is.
    /// </summary>
    [MustLog]
    public int AddToPhysmap(ushort domid, XenMapSpace space, [LogRole("address")] uint idx, [LogRole("address")] uint gpfn, [LogRole("size")] uint size)
    {
        if (domid != DomidSelf || space != XenMapSpace.GmfnRange || !Memory.Move(new PageRange(idx, size), gpfn))
        {
            return Einval;
        }

        moves.Add(new PhysmapMove(idx, gpfn, size));
        return Success;
    }
}
