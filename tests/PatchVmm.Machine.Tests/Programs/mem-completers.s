// mem-completers.s — ordering completers and hints
//
// Covers .acq, .rel, .bias, .nt1 and .nta on loads and stores, which change nothing on a
// single in-order processor: the values must be those of the plain forms.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x200040 ;;
	movl r3 = 0x0102030405060708 ;;
	st8.rel [r2] = r3 ;;
	ld8.acq r4 = [r2] ;;
	ld4.bias r5 = [r2] ;;
	ld2.nt1 r6 = [r2] ;;
	ld1.nta r7 = [r2] ;;
	st4.rel.nta [r2] = r0 ;;
	ld8.acq.nta r8 = [r2] ;;
	st1.nta [r2] = r3, 1 ;;
	ld1.bias.nt1 r9 = [r2], 1 ;;
	mov r10 = r2 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
