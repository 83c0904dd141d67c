// sys-int-enable.s — a pending interrupt waits for psr.i and is taken at the instruction
// boundary right after psr.i becomes 1, whichever instruction sets it
//
// Vectors 0x41, 0x42, 0x43 are pended (interrupts.inc: Ski's SSC GENERATE_INTERRUPT) while
// psr.i = 0: they stay in cr.irr and nothing is delivered (SDM Vol. 2 3.3.2, 5.8). Then psr.i
// is set by ssm psr.i, by mov psr.l=, and by an rfi whose cr.ipsr has i = 1 and ri = 1: each
// time the External interrupt is taken before the next instruction — slot 1 after ssm and
// mov psr.l (cr.iip their bundle, ipsr.ri = isr.ei = 1), and for rfi at its target before the
// target's slot 1 runs (cr.iip = the target, ipsr.ri = 1). The handler records cr.iip, ipsr,
// isr, iipa and the vector, ends it, and returns to the next bundle (the rest of the
// interrupted one is nops; interrupts.inc, RFI_NEXT_BUNDLE); the program masks again.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa -- Ski writes cr.ifa on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup); an External interrupt does not define it
// ski-excluded: cr.iipa -- Ski keeps cr.iipa as the address (slot bits included) of the last instruction executed while psr.ic is 1, where software cannot read it (SDM Vol. 2 3.3.5.6); the handler's reads are in r59, r64, r69

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
	IVR r48
	EOI
	adds r55 = 1, r55
	RFI_NEXT_BUNDLE

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	COLLECT
	CONNECT 1, 0x41
	CONNECT 2, 0x42
	CONNECT 4, 0x43
	mov r55 = 0

	GENERATE 1
	mov r36 = r55			// 0: psr.i = 0, not taken
	mov r37 = cr.irr1 ;;		// bit 1: 0x41 pending
	{ .mmi
	ssm psr.i			// taken before slot 1
	nop.m 0
	nop.i 0 ;;
	}
	mov r56 = r44
	mov r57 = r45
	mov r58 = r46
	mov r59 = r47
	mov r60 = r48
	rsm psr.i ;;
	srlz.d ;;

	GENERATE 2
	mov r2 = psr ;;
	dep r2 = -1, r2, 14, 1 ;;	// psr.i
	{ .mmi
	mov psr.l = r2			// taken before slot 1
	nop.m 0
	nop.i 0 ;;
	}
	mov r61 = r44
	mov r62 = r45
	mov r63 = r46
	mov r64 = r47
	mov r65 = r48
	rsm psr.i ;;
	srlz.d ;;

	GENERATE 4
	rsm psr.ic ;;
	srlz.d ;;
	movl r2 = target ;;
	mov cr.iip = r2
	mov r3 = psr ;;
	dep r3 = -1, r3, 13, 2 ;;	// psr.ic, psr.i
	dep r3 = -1, r3, 44, 1 ;;	// bank 1
	dep r3 = -1, r3, 41, 1 ;;	// ri = 1
	mov cr.ipsr = r3
	mov cr.ifs = r0 ;;
	rfi ;;
target:
	{ .mmi
	mov r38 = 1			// skipped: rfi enters at slot 1
	nop.m 0				// taken before this one
	nop.i 0 ;;
	}
	mov r66 = r44
	mov r67 = r45
	mov r68 = r46
	mov r69 = r47
	mov r70 = r48
	mov r39 = r55 ;;		// 3
	rsm psr.i ;;
	mov r8 = 0 ;;
	EXIT
	.endp _start
