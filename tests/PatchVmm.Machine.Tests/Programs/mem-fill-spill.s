// mem-fill-spill.s — st8.spill and ld8.fill with ar.unat
//
// Covers M4/M5 st8.spill (the NaT bit goes to ar.unat bit (address 8:3)) and M1/M3
// ld8.fill (the NaT bit comes back from it), with and without NaT, and the post-
// increment forms.
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
	mov ar.unat = r0 ;;
	movl r3 = 0xdeadbeefcafef00d ;;
	movl r4 = 0x200800 ;;
	mov r5 = -1 ;;
	mov ar.unat = r5 ;;
	ld8.fill r6 = [r4] ;;
	mov ar.unat = r0 ;;
	st8.spill [r2] = r3, 8 ;;
	st8.spill [r2] = r6, 8 ;;
	st8.spill [r2] = r3 ;;
	mov r7 = ar.unat ;;
	movl r2 = 0x200000 ;;
	ld8.fill r8 = [r2], 8 ;;
	ld8.fill r9 = [r2], 8 ;;
	ld8.fill r10 = [r2] ;;
	mov r11 = r2 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
