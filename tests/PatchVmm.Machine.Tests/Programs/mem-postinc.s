// mem-postinc.s — post-increment loads and stores
//
// Covers M2 (base += register), M3 (base += imm9, negative too) and M5 (store, base +=
// imm9) forms: the value and the updated base register.
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
	mov r3 = 8 ;;
	mov r4 = 0x11 ;;
	st8 [r2] = r4, 8 ;;
	mov r4 = 0x22 ;;
	st8 [r2] = r4, 8 ;;
	mov r4 = 0x33 ;;
	st4 [r2] = r4, -4 ;;
	mov r4 = 0x44 ;;
	st2 [r2] = r4, 255 ;;
	mov r5 = r2 ;;
	movl r2 = 0x200000 ;;
	ld8 r6 = [r2], r3 ;;
	ld8 r7 = [r2], 8 ;;
	ld4 r8 = [r2], -256 ;;
	ld2 r9 = [r2], r0 ;;
	mov r10 = r2 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
