// sys-int-itc-write.s — writing ar.itc moves the interval timer's match
//
// cr.itm is set 2^40 ticks ahead (days of host time on Ski, 2^40 instructions on PatchVmm):
// no match within the program. Writing ar.itc = cr.itm - 300 brings the match 300 ticks
// ahead: the timer compares ar.itc with cr.itm as both change (SDM Vol. 2 3.3.4.4, "the
// interval timer match register"; Ski restarts its timer on every ar.itc write). With psr.i
// = 0 the program waits for the pending bit of vector 0x77 (cr.irr1 bit 55) and acknowledges
// it; no register keeps ar.itc.
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
	alloc r2 = ar.pfs, 0, 24, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	mov r16 = 0x77 ;;
	mov cr.itv = r16
	mov r17 = ar.itc ;;
	movl r18 = 0x10000000000 ;;
	add r17 = r17, r18 ;;
	mov cr.itm = r17 ;;		// 2^40 ahead
	srlz.d ;;
	adds r17 = -300, r17 ;;
	mov ar.itc = r17		// 300 ahead now
	mov r17 = 0 ;;
	WAIT_PENDING 1, 55
	READ_IRR r36, r37, r38, r39	// irr1 bit 55
	IVR r40				// 0x77
	EOI
	IVR r41				// 15
	DISARM_TIMER 0x77
	mov r18 = 0
	EXIT
	.endp _start
