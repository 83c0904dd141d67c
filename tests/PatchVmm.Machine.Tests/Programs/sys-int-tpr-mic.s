// sys-int-tpr-mic.s — tpr.mic holds the timer interrupt back until tpr is lowered
//
// cr.tpr.mic = 13 masks the priority classes 1-13 (vectors 16-223, SDM Vol. 2 5.8.3.3), so
// the timer's vector 0xd5 (class 13) is masked: when ar.itc reaches cr.itm it is pended —
// cr.irr3 bit 21, which the program waits for — but, psr.i = 1 notwithstanding, not taken,
// and cr.ivr reads 15 (a masked vector is not reported, and the read acknowledges nothing:
// it stays pending, 5.8.3.2). Lowering tpr.mic to 12 unmasks it: the External interrupt is
// taken right after the mov to cr.tpr (Ski: the write re-evaluates the interrupts), at slot 1
// of its bundle — so where it arrives, cr.iip, ipsr.ri, isr.ei and cr.iipa are the same on
// every run although the timer itself is wall-clock time on Ski. The handler records them,
// acknowledges (0xd5), ends it, stops the timer and returns past the rest of the bundle (nops).
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
	mov r16 = cr.tpr ;;
	mov r48 = r16
	IVR r49				// 0xd5
	READ_IRR r50, r51, r52, r53	// all 0
	EOI
	IVR r54				// 15
	DISARM_TIMER 0xd5
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
	TPR 0xd0			// mic = 13
	ssm psr.i ;;
	srlz.d ;;
	ARM_TIMER 0xd5, 200
	WAIT_PENDING 3, 21
	READ_IRR r36, r37, r38, r39	// irr3 bit 21
	IVR r40				// 15: masked by tpr.mic
	mov r41 = cr.irr3		// still pending
	mov r42 = r55 ;;		// 0: not taken
	mov r16 = 0xc0 ;;		// mic = 12: taken right after the mov to cr.tpr
	{ .mmi
	mov cr.tpr = r16
	nop.m 0
	nop.i 0 ;;
	}
	mov r43 = r55			// 1
	mov r56 = psr ;;
	rsm psr.i ;;
	EXIT
	.endp _start
