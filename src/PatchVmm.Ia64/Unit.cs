namespace PatchVmm.Ia64;

/// <summary>Execution unit types (SDM Vol. 3 §4.1). <see cref="A"/> marks A-type
/// instructions, which may issue to an M or an I slot; <see cref="L"/> is slot 1 of an
/// MLX bundle, the immediate half of the X-unit instruction in slot 2.</summary>
public enum Unit : byte
{
    None = 0,
    M,
    I,
    B,
    F,
    L,
    X,
    A,
}
