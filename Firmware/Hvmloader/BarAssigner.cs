using System.Collections.Generic;
using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>
/// The part of pci_setup's BAR loop that both versions share: choose the window (the high one for a
/// BAR going above 4 GiB, its base first aligned up to the BAR's size), align the base, keep the
/// BAR's flag bits, and, when it fits, program the BAR and turn on decoding. Each version decides
/// which BARs go high and prints its own messages around these steps.
/// </summary>
internal sealed class BarAssigner(PciBus bus, Resource memResource, Resource highMemResource, Resource ioResource)
{
    private readonly List<BarAssignment> assignments = [];

    /// <summary>Every BAR, in assignment order.</summary>
    public IReadOnlyList<BarAssignment> Assignments => assignments;

    public BarSlot Choose(BarEntry bar, bool high)
    {
        var barData = bus.Read32(bar.Devfn, bar.BarReg);
        var isMemory = (barData & PciConfig.BaseAddressSpace) == PciConfig.BaseAddressSpaceMemory;
        var barSize = bar.BarSize;
        Resource resource;
        if (!isMemory)
        {
            resource = ioResource;
            barData &= ~PciConfig.BaseAddressIoMask;
        }
        else if (high)
        {
            if ((highMemResource.Base & (barSize - 1)) != 0)
            {
                highMemResource.Base = highMemResource.Base - (highMemResource.Base & (barSize - 1)) + barSize;
            }

            resource = highMemResource;
            barData &= ~PciConfig.BaseAddressMemMask;
        }
        else
        {
            resource = memResource;
            barData &= ~PciConfig.BaseAddressMemMask;
        }

        var start = (resource.Base + barSize - 1) & ~(barSize - 1);
        return new BarSlot(bar, resource, isMemory, start, start | barData);
    }

    public void LeaveUnmapped(BarSlot slot) => Record(slot, Placement.Unmapped, null);

    /// <summary>Takes the slot from its window, writes the BAR (its upper half too when asked) and enables decoding.</summary>
    public void Program(BarSlot slot, bool writeUpperHalf)
    {
        var (devfn, barReg) = (slot.Bar.Devfn, slot.Bar.BarReg);
        slot.Resource.Base = slot.End;
        bus.Write32(devfn, barReg, (uint)slot.Value);
        if (writeUpperHalf)
        {
            bus.Write32(devfn, barReg + 4, (uint)(slot.Value >> 32));
        }

        var command = bus.Read16(devfn, PciConfig.Command);
        command |= barReg == PciConfig.RomAddress || slot.IsMemory ? PciConfig.CommandMemory : PciConfig.CommandIo;
        bus.Write16(devfn, PciConfig.Command, command);

        var placement = !slot.IsMemory ? Placement.Io : slot.Resource == highMemResource ? Placement.High : Placement.Low;
        Record(slot, placement, slot.Start);
    }

    private void Record(BarSlot slot, Placement placement, ulong? start) =>
        assignments.Add(new BarAssignment(slot.Bar.Devfn, slot.Bar.BarReg, BarTypes.Of(slot.Bar, slot.IsMemory), slot.Bar.IsBar64, slot.Bar.BarSize, placement, start, (uint)(slot.Value - slot.Start)));
}
