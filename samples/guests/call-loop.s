// call-loop.s — the call/return benchmark guest (README: performance).
//
// 10,000,000 iterations of a loop that calls a leaf function through br.call; the callee
// allocates a register frame, adds its two inputs and returns through br.ret. Each
// iteration crosses a frame boundary twice (alloc, call, return). Exits with the low
// byte of the sum as its status.

	.explicit
	SSC_EXIT  = 66
	SSC_BREAK = 0x80001
	ITERATIONS = 10000000

	.text
	.align 16
	.global _start
	.proc _start
_start:
	alloc r40 = ar.pfs, 0, 8, 2, 0	// locals r32..r39, outputs r40, r41
	movl r2 = ITERATIONS - 1 ;;
	mov ar.lc = r2
	mov r33 = 0 ;;			// the running sum
	mov r34 = 1 ;;
.Lloop:
	mov r40 = r33			// out0 = sum
	mov r41 = r34			// out1 = 1
	br.call.sptk.many b0 = add2 ;;
	mov r33 = r8
	nop.i 0
	br.cloop.sptk.few .Lloop ;;
	zxt1 r32 = r33
	mov r15 = SSC_EXIT ;;
	break.m SSC_BREAK ;;
	.endp _start

// add2(a, b): returns a + b in r8.
	.proc add2
add2:
	alloc r16 = ar.pfs, 2, 1, 0, 0 ;;
	add r8 = r32, r33
	br.ret.sptk.many b0 ;;
	.endp add2
