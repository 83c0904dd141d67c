// shift-variable.s — shl, shr, shr.u by a register count
//
// Covers I5/I7 variable shifts with counts 0, 1, 63, 64 and 200: counts above 63 give 0,
// or the sign fill for shr.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x8000000000000001 ;;
	mov r3 = 0 ;;
	mov r4 = 1 ;;
	mov r5 = 63 ;;
	mov r6 = 64 ;;
	mov r7 = 200 ;;
	shl r8 = r2, r4 ;;
	shl r9 = r2, r5 ;;
	shl r10 = r2, r6 ;;
	shr r11 = r2, r4 ;;
	shr r14 = r2, r5 ;;
	shr r15 = r2, r7 ;;
	shr.u r16 = r2, r4 ;;
	shr.u r17 = r2, r5 ;;
	shr.u r18 = r2, r6 ;;
	shl r19 = r2, r3 ;;
	shr r20 = r2, r3 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
