// extract.s — extr and extr.u
//
// Covers I11 extr (sign-extending) and extr.u with fields in the middle, at the top
// (sign bit set) and running past bit 63 (the field is clipped).
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0xf0e1d2c3b4a59687 ;;
	extr.u r3 = r2, 0, 8 ;;
	extr.u r4 = r2, 4, 12 ;;
	extr.u r5 = r2, 60, 4 ;;
	extr.u r6 = r2, 56, 16 ;;
	extr r7 = r2, 4, 12 ;;
	extr r8 = r2, 60, 4 ;;
	extr r9 = r2, 8, 8 ;;
	extr r10 = r2, 56, 16 ;;
	extr r11 = r2, 0, 64 ;;
	extr.u r14 = r2, 1, 63 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
