// int-loop.s — the integer-loop benchmark guest (README: performance).
//
// 40,000,000 iterations of a counted loop (br.cloop) whose two bundles do six integer ALU (add, add, xor, shladd, sub)
// operations; it exits with the low byte of a checksum as its status. Used to compare the
// instructions per second of PatchVmm's machine and of Ski on the same image.

	.explicit
	SSC_EXIT  = 66
	SSC_BREAK = 0x80001
	ITERATIONS = 40000000

	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = ITERATIONS - 1 ;;
	mov ar.lc = r2
	mov r8 = 0
	mov r9 = 1 ;;
	mov r10 = 2
	mov r11 = 3
	nop.i 0 ;;
.Lloop:
	add r8 = r8, r9
	add r10 = 3, r10
	xor r11 = r11, r9 ;;
	shladd r9 = r11, 2, r10
	sub r10 = r10, r8
	br.cloop.sptk.few .Lloop ;;
	add r32 = r8, r9 ;;
	zxt1 r32 = r32
	mov r15 = SSC_EXIT ;;
	break.m SSC_BREAK ;;
	.endp _start
