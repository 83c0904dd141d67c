// rse-nested.s — nested calls keep every frame
//
// Five levels of calls, each with its own frame of locals; every level returns a value
// built from its locals, so a register lost or renamed wrongly shows in r8.
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
	mov r33 = 1000 ;;
	mov r40 = 5 ;;
	br.call.sptk.many b0 = level ;;
	mov r34 = r8 ;;
	mov r35 = ar.bsp ;;
	mov r36 = ar.bspstore ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

// level(n): returns n*10 + level(n-1) with locals across the call; level(0) = 0.
	.proc level
level:
	alloc r35 = ar.pfs, 1, 5, 1, 0 ;;
	mov r34 = b0 ;;
	shladd r33 = r32, 3, r32 ;;
	add r33 = r33, r32 ;;
	mov r8 = 0 ;;
	cmp.eq p6, p7 = 0, r32 ;;
(p6)	br.cond.dpnt.few .Lret ;;
	adds r38 = -1, r32 ;;
	br.call.sptk.many b0 = level ;;
	add r8 = r8, r33 ;;
.Lret:
	mov b0 = r34 ;;
	mov ar.pfs = r35 ;;
	br.ret.sptk.many b0 ;;
	.endp level
