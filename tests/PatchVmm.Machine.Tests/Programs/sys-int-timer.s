// sys-int-timer.s — the interval timer interrupt at a programmed cr.itm
//
// cr.itv = vector 0xd5, cr.itm = ar.itc + 2000, psr.i = psr.ic = 1, then a spin on a flag.
// When ar.itc reaches cr.itm the timer pends vector 0xd5 (cr.irr3 bit 21) and, psr.i being 1
// and tpr 0, the External interrupt is delivered at IVA+0x3000 (SDM Vol. 2 3.3.4.4, 5.8). The
// handler records cr.irr0-3 before acknowledging (bit 21 of irr3), cr.ivr (0xd5: the read
// acknowledges, moving it from pending to in service), cr.irr0-3 again (all 0), then after
// an eoi cr.ivr again (15, spurious: nothing pending), cr.isr and cr.ipsr (their ei/ri
// cleared: they name the slot of the spin the interrupt happened to arrive at) and cr.itv;
// it stops the timer (itv.m = 1, cr.itm = 0), sets the flag and returns to "done" rather than
// to the spin, so that the end state does not depend on when the interrupt arrived.
//
// Ski's ar.itc follows the host's clock (2 MHz, itc.c) while PatchVmm's counts retired
// instructions (DESIGN.md §5): the interrupt arrives at another point of the spin, so nothing
// that depends on the arrival is kept, and the fields that do are excluded:
// ski-excluded: instructions -- the spin runs until the timer fires: wall-clock time on Ski (itc.c), retired instructions on PatchVmm
// ski-excluded: cr.isr -- isr.ei is the slot of the spin the interrupt arrived at (wall-clock on Ski); r42 holds isr with ei cleared
// ski-excluded: cr.iipa -- the last instruction completed before the interrupt: a point of the spin that depends on the arrival time
// ski-excluded: cr.ifa -- Ski writes cr.ifa on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup); an External interrupt does not define it

	.explicit
	.include "system.inc"
	.include "interrupts.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x3000
	READ_IRR r34, r35, r36, r37	// irr3 bit 21: 0xd5 pending
	IVR r40				// 0xd5
	READ_IRR r44, r45, r46, r47	// all 0
	EOI
	IVR r41				// 15
	mov r16 = cr.isr ;;
	dep r16 = 0, r16, 41, 2 ;;
	mov r42 = r16
	mov r16 = cr.ipsr ;;
	dep r16 = 0, r16, 41, 2 ;;
	mov r43 = r16
	mov cr.ipsr = r16
	mov r16 = cr.itv ;;
	mov r48 = r16
	DISARM_TIMER 0xd5
	movl r17 = done ;;
	mov cr.iip = r17
	mov r50 = 1 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 24, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	COLLECT
	mov r50 = 0
	ARM_TIMER 0xd5, 2000
	ssm psr.i ;;
	srlz.d ;;
spin:
	{ .mib
	nop.m 0
	cmp.eq p6, p0 = 0, r50
(p6)	br.cond.sptk spin ;;
	}
done:
	IVR r51				// 15
	mov r52 = cr.itv
	mov r53 = psr ;;
	rsm psr.i ;;
	mov r54 = psr ;;
	EXIT
	.endp _start
