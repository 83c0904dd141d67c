// sys-int-tpr-mmi.s — tpr.mmi masks every external interrupt but NMI
//
// With cr.tpr.mmi = 1 (mic = 0; SDM Vol. 2 5.8.3.3) and psr.i = psr.ic = 1:
// - an NMI (vector 2, pended through Ski's SSC GENERATE_INTERRUPT, interrupts.inc) is not
//   masked: it is taken right after the break that pends it, and cr.ivr reports 2;
// - the interval timer's vector 0xff (class 15, the highest) is pended when ar.itc reaches
//   cr.itm — cr.irr3 bit 63, which the program waits for — but masked: not taken, cr.ivr 15;
// - an ExtINT (vector 0) pended then is masked too.
// Clearing tpr (in the middle of a bundle of nops) unmasks both: ExtINT, which ranks above
// every vectored interrupt (5.8.1), is taken first, right after the mov to cr.tpr; its handler
// acknowledges and ends it and returns to the next bundle, and since 0xff is then deliverable
// the second External interrupt is taken there, before that bundle's first instruction runs
// (cr.iip = the rfi's target, ipsr.ri = 0). Its handler stops the timer. Every handler records
// cr.iip, ipsr, isr and the vector, in that order, for interruption 1, 2, 3 (r56-r67).
//
// ski-excluded: instructions -- the program waits for the timer to pend: wall-clock time on Ski (itc.c), retired instructions on PatchVmm
// ski-excluded: cr.ifa -- Ski writes cr.ifa on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup); an External interrupt does not define it
// ski-excluded: cr.iipa -- Ski keeps cr.iipa as the address (slot bits included) of the last instruction executed while psr.ic is 1, where software cannot read it (SDM Vol. 2 3.3.5.6)

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
	IVR r47
	EOI
	cmp.eq p6, p0 = 0, r55
	cmp.eq p7, p0 = 1, r55
	adds r55 = 1, r55 ;;
(p6)	br.cond.sptk nmi
(p7)	br.cond.sptk extint
	br.sptk timer ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	COLLECT
	CONNECT 6, 2
	CONNECT 7, 0
	mov r55 = 0
	TPR 0x10000			// mmi
	ssm psr.i ;;
	srlz.d ;;
	GENERATE 6			// NMI: taken
	mov r36 = r55 ;;		// 1
	ARM_TIMER 0xff, 200
	WAIT_PENDING 3, 63
	GENERATE 7			// ExtINT: masked
	READ_IRR r37, r38, r39, r40	// irr0 bit 0, irr3 bit 63
	IVR r41				// 15: both masked
	mov r42 = r55 ;;		// 1: neither taken
	{ .mmi
	mov cr.tpr = r0			// ExtINT taken before slot 1
	nop.m 0
	nop.i 0 ;;
	}
	{ .mmi
	mov r43 = r55			// 3: 0xff was taken before this
	nop.m 0
	nop.i 0 ;;
	}
	rsm psr.i
	mov r8 = 0 ;;
	EXIT

nmi:
	mov r56 = r44
	mov r57 = r45
	mov r58 = r46
	mov r59 = r47 ;;
	rfi ;;
extint:
	mov r60 = r44
	mov r61 = r45
	mov r62 = r46
	mov r63 = r47
	RFI_NEXT_BUNDLE
timer:
	mov r64 = r44
	mov r65 = r45
	mov r66 = r46
	mov r67 = r47
	DISARM_TIMER 0xff
	rfi ;;
	.endp _start
