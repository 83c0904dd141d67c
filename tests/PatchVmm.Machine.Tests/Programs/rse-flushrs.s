// rse-flushrs.s — flushrs writes the dirty registers to the backing store
//
// Three nested frames with known values, then flushrs: the values are read back from the
// backing store (with the NaT collection slot skipped) and ar.bspstore equals ar.bsp.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	alloc r40 = ar.pfs, 0, 8, 1, 0 ;;
	mov ar.rsc = 0 ;;
	movl r2 = 0x4001e0 ;;
	mov ar.bspstore = r2 ;;
	mov r32 = 0x111 ;;
	mov r33 = 0x222 ;;
	mov r34 = 0x333 ;;
	mov r40 = 0x444 ;;
	br.call.sptk.many b0 = inner ;;
	mov r35 = r8 ;;
	mov r36 = r9 ;;
	mov r37 = r10 ;;
	mov r38 = r11 ;;
	mov r39 = r14 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

	.proc inner
inner:
	alloc r2 = ar.pfs, 1, 4, 0, 0 ;;
	mov r33 = 0x555 ;;
	mov r34 = 0x666 ;;
	flushrs ;;
	mov r9 = ar.bsp ;;
	mov r10 = ar.bspstore ;;
	movl r3 = 0x4001e0 ;;
	ld8 r11 = [r3], 8 ;;
	ld8 r14 = [r3], 8 ;;
	ld8 r8 = [r3], 8 ;;
	ld8 r15 = [r3], 8 ;;
	ld8 r16 = [r3], 8 ;;
	ld8 r17 = [r3], 8 ;;
	mov ar.pfs = r2 ;;
	br.ret.sptk.many b0 ;;
	.endp inner
