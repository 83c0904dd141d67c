// mem-sizes.s — loads and stores of every size
//
// Covers M1/M4 ld1/ld2/ld4/ld8 (zero-extending) and st1/st2/st4/st8 (storing the low
// bytes), little-endian byte order, at aligned addresses.
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
	movl r3 = 0x8877665544332211 ;;
	st8 [r2] = r3 ;;
	ld1 r4 = [r2] ;;
	ld2 r5 = [r2] ;;
	ld4 r6 = [r2] ;;
	ld8 r7 = [r2] ;;
	adds r8 = 8, r2 ;;
	mov r9 = -1 ;;
	st8 [r8] = r9 ;;
	st1 [r8] = r0 ;;
	adds r10 = 2, r8 ;;
	st2 [r10] = r3 ;;
	adds r10 = 4, r8 ;;
	st4 [r10] = r3 ;;
	ld8 r11 = [r8] ;;
	adds r10 = 7, r2 ;;
	ld1 r14 = [r10] ;;
	adds r10 = 6, r2 ;;
	ld2 r15 = [r10] ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
