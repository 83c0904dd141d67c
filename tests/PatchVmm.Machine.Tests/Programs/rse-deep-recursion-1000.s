// rse-deep-recursion-1000.s — recursion 1000 deep
//
// Recursion 1000 calls deep with 18 locals per frame: the 96 physical stacked registers
// overflow, the RSE spills to the backing store at 0x400000 (ar.bspstore) and fills on
// the returns; r8 = n(n+1).
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
	movl r40 = 1000 ;;
	br.call.sptk.many b0 = sum ;;
	mov r33 = ar.bsp ;;
	mov r34 = ar.bspstore ;;
	mov r35 = ar.rnat ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

// sum(n): n + sum(n-1), with many locals per frame so the register stack overflows into the
// backing store on the way down and fills back on the way up.
	.proc sum
sum:
	alloc r35 = ar.pfs, 1, 18, 1, 0 ;;
	mov r34 = b0 ;;
	add r33 = r32, r32 ;;
	mov r8 = 0 ;;
	cmp.eq p6, p7 = 0, r32 ;;
(p6)	br.cond.dpnt.few .Lret ;;
	adds r51 = -1, r32 ;;
	br.call.sptk.many b0 = sum ;;
	add r8 = r8, r33 ;;
.Lret:
	mov b0 = r34 ;;
	mov ar.pfs = r35 ;;
	br.ret.sptk.many b0 ;;
	.endp sum
