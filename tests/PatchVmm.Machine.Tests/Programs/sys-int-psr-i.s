// sys-int-psr-i.s — psr.i holds a pending timer interrupt back; cr.ivr does not look at psr.i
//
// With psr.i = 0 the interval timer's vector 0x20 is pended when ar.itc reaches cr.itm
// (cr.irr0 bit 32, which the program waits for) but not delivered (SDM Vol. 2 3.3.2: psr.i
// enables the delivery of unmasked external interrupts). ssm psr.i, in the middle of a bundle
// of nops, lets it in: the External interrupt is taken right after the ssm, before slot 1 —
// cr.iip, ipsr.ri and isr.ei are the same on every run although the timer is wall-clock time
// on Ski. The handler records them and the vector, ends it, stops the timer and returns to the
// next bundle (interrupts.inc, RFI_NEXT_BUNDLE).
// The timer is armed again with psr.i = 0: once 0x20 is pending, cr.ivr reports and
// acknowledges it all the same (5.8.3.2: "independent of the value of PSR.i"), and after the
// eoi nothing is left, so a later ssm psr.i delivers nothing.
//
// ski-excluded: instructions -- the program waits for the timer to pend: wall-clock time on Ski (itc.c), retired instructions on PatchVmm
// ski-excluded: cr.ifa -- Ski writes cr.ifa on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup); an External interrupt does not define it
// ski-excluded: cr.iipa -- Ski keeps cr.iipa as the address (slot bits included) of the last instruction executed while psr.ic is 1, where software cannot read it (SDM Vol. 2 3.3.5.6); r47 holds the value the handler read

	.explicit
	.include "system.inc"
	.include "interrupts.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x3000
	mov r16 = cr.iip ;;
	mov r44 = r16
	mov r16 = cr.ipsr ;;
	mov r45 = r16
	mov r16 = cr.isr ;;
	mov r46 = r16
	mov r16 = cr.iipa ;;
	mov r47 = r16
	IVR r48				// 0x20
	READ_IRR r49, r50, r51, r52	// all 0
	EOI
	DISARM_TIMER 0x20
	adds r55 = 1, r55
	RFI_NEXT_BUNDLE

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 32, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	COLLECT
	mov r55 = 0
	ARM_TIMER 0x20, 200
	WAIT_PENDING 0, 32
	READ_IRR r36, r37, r38, r39	// irr0 bit 32
	mov r40 = r55			// 0: not taken
	mov r41 = psr ;;
	{ .mmi
	ssm psr.i			// taken before slot 1
	nop.m 0
	nop.i 0 ;;
	}
	mov r42 = r55			// 1
	rsm psr.i ;;
	srlz.d ;;
	ARM_TIMER 0x20, 200
	WAIT_PENDING 0, 32
	IVR r53				// 0x20, with psr.i = 0
	mov r54 = cr.irr0 ;;		// 0: acknowledged
	EOI
	DISARM_TIMER 0x20
	ssm psr.i ;;
	srlz.d ;;
	mov r43 = r55			// 1: nothing more was taken
	rsm psr.i ;;
	EXIT
	.endp _start
