// sys-int-itv-m.s — cr.itv.m discards interval timer interrupts
//
// With cr.itv.m = 1 (vector 0x30), a timer match pends nothing: "occurrences of Interval Timer
// interrupts are discarded and not pended" (SDM Vol. 2 5.8.3.6, Table 5-12). The timer is set
// 20 ticks ahead and the program spins 20000 iterations — past the match on PatchVmm (one
// tick per instruction) and on Ski (2 ticks per microsecond of host time) alike: cr.irr stays
// 0 and cr.ivr reads 15. Clearing itv.m afterwards does not bring the discarded interrupt
// back, with psr.i = 1 and another spin. Armed again with itv.m = 0 and psr.i = 0, the timer
// pends 0x30 (cr.irr0 bit 48, waited for), which cr.ivr acknowledges.
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
	alloc r2 = ar.pfs, 0, 32, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	ARM_TIMER 0x10030, 20		// itv.m = 1
	movl r2 = 19999 ;;
	mov ar.lc = r2 ;;
1:	br.cloop.sptk 1b ;;
	READ_IRR r36, r37, r38, r39	// all 0: discarded
	IVR r40				// 15
	mov r16 = 0x30 ;;
	mov cr.itv = r16 ;;		// itv.m = 0: nothing comes back
	srlz.d ;;
	ssm psr.i ;;
	srlz.d ;;
	movl r2 = 999 ;;
	mov ar.lc = r2 ;;
1:	br.cloop.sptk 1b ;;
	rsm psr.i ;;
	READ_IRR r41, r42, r43, r44	// all 0
	mov r45 = cr.itv ;;
	ARM_TIMER 0x30, 20
	WAIT_PENDING 0, 48
	READ_IRR r46, r47, r48, r49	// irr0 bit 48
	IVR r50				// 0x30
	EOI
	IVR r51				// 15
	DISARM_TIMER 0x30
	mov r52 = cr.itv
	mov r53 = ar.lc ;;
	EXIT
	.endp _start
