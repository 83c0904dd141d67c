// spec-control.s — control speculation: ld.s, chk.s, NaT propagation
//
// ld8.s from a good address loads; ld8.s through a NaT address defers (0, NaT); chk.s
// branches to recovery code only for the NaT register; a NaT flows through add and
// shladd and stops at a compare.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x200000 ;;
	movl r3 = 0x1234 ;;
	st8 [r2] = r3 ;;
	mov r4 = -1 ;;
	mov ar.unat = r4 ;;
	ld8.fill r5 = [r2] ;;
	ld8.s r6 = [r2] ;;
	ld8.s r7 = [r5] ;;
	mov r8 = 0 ;;
	chk.s r6, .Lrecover6 ;;
.Lback6:
	chk.s r7, .Lrecover7 ;;
.Lback7:
	add r9 = r7, r3 ;;
	shladd r10 = r3, 2, r7 ;;
	cmp.eq p6, p7 = r9, r9 ;;
	mov r11 = pr ;;
	ld4.s r14 = [r2], 4 ;;
	mov r32 = 0 ;;
	br.sptk.few .Lend ;;
.Lrecover6:
	adds r8 = 1, r8 ;;
	br.sptk.few .Lback6 ;;
.Lrecover7:
	adds r8 = 16, r8 ;;
	ld8 r7 = [r2] ;;
	br.sptk.few .Lback7 ;;
.Lend:
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
