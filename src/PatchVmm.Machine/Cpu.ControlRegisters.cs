namespace PatchVmm.Machine;

/// <summary>Writing a control register by <c>mov cr=</c>, with the architected side effects
/// (SDM Vol. 2 3.3): cr.itm schedules the timer match, cr.tpr re-evaluates the interrupt to
/// deliver, cr.eoi ends the interrupt in service; the value was checked and normalized
/// (ControlRegisterRules).</summary>
public sealed partial class Cpu
{
    internal void WriteControlRegister(int cr, ulong value)
    {
        Cr[cr] = value;
        switch (cr)
        {
            case ControlRegisters.Itm:
                ScheduleTimer();
                break;
            case ControlRegisters.Tpr:
                UpdateIvr();
                break;
            case ControlRegisters.Eoi:
                EndOfInterrupt();
                break;
        }
    }
}
