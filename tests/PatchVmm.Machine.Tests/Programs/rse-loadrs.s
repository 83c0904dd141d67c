// rse-loadrs.s — loadrs drops the register stack, and a return fills it back
//
// A callee flushes the stack, then loadrs with ar.rsc.loadrs = 0 (after cover, so the
// frame is empty) marks every stacked register invalid; the returns must fill the
// callers' frames from the backing store.
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
	movl r2 = 0x400000 ;;
	mov ar.bspstore = r2 ;;
	mov r33 = 0xabc ;;
	mov r34 = 0xdef ;;
	mov r40 = 7 ;;
	br.call.sptk.many b0 = middle ;;
	mov r35 = r8 ;;
	mov r36 = ar.bsp ;;
	mov r37 = ar.bspstore ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

	.proc middle
middle:
	alloc r35 = ar.pfs, 1, 4, 1, 0 ;;
	mov r34 = b0 ;;
	mov r33 = 0x77 ;;
	mov r36 = 3 ;;
	br.call.sptk.many b0 = leaf ;;
	add r8 = r8, r33 ;;
	mov b0 = r34 ;;
	mov ar.pfs = r35 ;;
	br.ret.sptk.many b0 ;;
	.endp middle

	.proc leaf
leaf:
	alloc r3 = ar.pfs, 1, 1, 0, 0 ;;
	mov r8 = r32 ;;
	mov r9 = b0 ;;
	flushrs ;;
	mov ar.pfs = r3 ;;
	mov r10 = ar.pfs ;;
	br.call.sptk.many b0 = drop ;;
	mov b0 = r9 ;;
	mov ar.pfs = r10 ;;
	br.ret.sptk.many b0 ;;
	.endp leaf

// drop: an empty frame (cover), then loadrs with loadrs = 0: nothing stays in registers.
	.proc drop
drop:
	mov r11 = ar.pfs ;;
	mov r14 = b0 ;;
	cover ;;
	loadrs ;;
	mov r15 = ar.bspstore ;;
	mov ar.pfs = r11 ;;
	mov b0 = r14 ;;
	br.ret.sptk.many b0 ;;
	.endp drop
