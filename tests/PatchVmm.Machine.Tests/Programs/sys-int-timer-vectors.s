// sys-int-timer-vectors.s — the vector the interval timer pends is cr.itv's, whatever it is
//
// cr.itv.vector may be 0 (ExtINT), 2 (NMI) or 16-255; the other values are ignored (SDM Vol. 2
// Table 5-12, 5.8.1). The timer is armed four times with psr.i = 0, and each time the program
// waits for the pending bit and reads cr.ivr:
// - vector 2 pends an NMI (cr.irr0 bit 2), reported by cr.ivr even under tpr.mmi = 1;
// - vector 0 pends an ExtINT (cr.irr0 bit 0), reported under tpr.mic = 15 (mic does not mask
//   ExtINT) but not under tpr.mmi;
// - vector 5 pends nothing: the program spins past the match (20 ticks ahead, 20000
//   iterations: past it on PatchVmm and on Ski alike) and cr.irr stays 0;
// - vector 0x10 (class 1, the lowest) is masked by tpr.mic = 1 and reported under mic = 0.
// Each one is acknowledged and ended.
//
// ski-excluded: instructions -- the program waits for the timer to pend: wall-clock time on Ski (itc.c), retired instructions on PatchVmm

	.explicit
	.include "system.inc"
	.include "interrupts.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	TPR 0x10000			// mmi
	ARM_TIMER 2, 200
	WAIT_PENDING 0, 2
	mov r36 = cr.irr0 ;;		// bit 2
	IVR r37				// 2: NMI, not masked by mmi
	EOI
	ARM_TIMER 0, 200
	WAIT_PENDING 0, 0
	mov r38 = cr.irr0 ;;		// bit 0
	IVR r39				// 15: ExtINT masked by mmi
	TPR 0xf0			// mic = 15
	IVR r40				// 0: ExtINT
	EOI
	ARM_TIMER 5, 20
	movl r2 = 19999 ;;
	mov ar.lc = r2 ;;
1:	br.cloop.sptk 1b ;;
	READ_IRR r41, r42, r43, r44	// all 0: vector 5 is ignored
	IVR r45				// 15
	TPR 0x10			// mic = 1
	ARM_TIMER 0x10, 200
	WAIT_PENDING 0, 16
	IVR r46				// 15: class 1 masked
	mov r47 = cr.irr0 ;;		// bit 16: still pending
	TPR 0
	IVR r48				// 0x10
	EOI
	IVR r49				// 15
	DISARM_TIMER 0x10
	mov r50 = cr.itv ;;
	EXIT
	.endp _start
