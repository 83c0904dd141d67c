// ssc-console.s — the firmware: CONSOLE_INIT, PUTCHAR, EXIT with a status
//
// Calls Ski's SSC services: CONSOLE_INIT (20), PUTCHAR (31) for a line of text from
// memory, and EXIT (66) with status 3.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	mov r15 = 20 ;;
	break.m 0x80001 ;;
	movl r2 = .Lmessage ;;
.Lnext:
	ld1 r32 = [r2], 1 ;;
	cmp.eq p6, p7 = 0, r32 ;;
	(p6) br.cond.dpnt.few .Ldone ;;
	mov r15 = 31 ;;
	break.m 0x80001 ;;
	br.sptk.few .Lnext ;;
.Ldone:
	mov r32 = 3 ;;
	// ski-excluded: gr.r13 -- r13 is r8 after PUTCHAR, which has no return value: Ski leaves a host address there
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

	.section .rodata
.Lmessage:
	.asciz "PatchVmm SSC console test\n"
