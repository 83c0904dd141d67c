// br-call-ret.s — calls and returns, direct and indirect
//
// Covers B3 br.call, B5 br.call through a branch register and B4 br.ret: return links in
// b0 and b3, ar.pfs saved by the call (frame marker, ar.ec), the callee frame made of
// the caller's outputs, and alloc inside callees.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	alloc r40 = ar.pfs, 0, 8, 3, 0 ;;
	mov ar.ec = 5 ;;
	mov r40 = 11 ;;
	mov r41 = 22 ;;
	mov r42 = 33 ;;
	br.call.sptk.many b0 = sum3 ;;
	mov r33 = r8 ;;
	movl r2 = twice ;;
	mov b5 = r2 ;;
	mov r40 = r33 ;;
	br.call.sptk.many b3 = b5 ;;
	mov r34 = r8 ;;
	mov r35 = ar.pfs ;;
	mov r36 = ar.ec ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

	.proc sum3
sum3:
	alloc r2 = ar.pfs, 3, 2, 0, 0 ;;
	mov ar.ec = 9 ;;
	add r35 = r32, r33 ;;
	add r8 = r35, r34 ;;
	mov r34 = r2 ;;
	mov ar.pfs = r34 ;;
	br.ret.sptk.many b0 ;;
	.endp sum3

	.proc twice
twice:
	alloc r3 = ar.pfs, 1, 0, 0, 0 ;;
	add r8 = r32, r32 ;;
	br.ret.sptk.many b3 ;;
	.endp twice
