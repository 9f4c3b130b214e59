namespace FirmwareGuard.Shims;

/// <summary>A method found to forward its own format and variable arguments, unchanged, to a shim.</summary>
internal sealed class InferredWrapper
{
    public InferredWrapper(Shim shim, Shim target)
    {
        Shim = shim;
        Target = target;
    }

    /// <summary>The wrapper, as a shim of the target's dialect.</summary>
    public Shim Shim { get; }

    /// <summary>The shim (or wrapper) it forwards to.</summary>
    public Shim Target { get; }
}
