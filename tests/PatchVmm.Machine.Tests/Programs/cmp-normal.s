// cmp-normal.s — cmp and cmp4, normal type, every relation
//
// Covers A6/A8 compares of the normal type: eq, ne, lt, le, gt, ge, ltu, leu, gtu, geu
// (the assembler's pseudo-relations swap operands or targets), register and imm8 forms,
// and cmp4 on the low 32 bits. Each result is folded into r8 by predicated adds.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x8000000000000000 ;;
	mov r3 = 5 ;;
	movl r4 = 0x00000000ffffffff ;;
	mov r8 = 0 ;;
	cmp.eq p6, p7 = r3, r3 ;;
	(p6) adds r8 = 1, r8 ;;
	cmp.ne p6, p7 = r3, r3 ;;
	(p7) adds r8 = 2, r8 ;;
	cmp.lt p6, p7 = r2, r3 ;;
	(p6) adds r8 = 4, r8 ;;
	cmp.ltu p6, p7 = r2, r3 ;;
	(p7) adds r8 = 8, r8 ;;
	cmp.gt p6, p7 = r3, r2 ;;
	(p6) adds r8 = 16, r8 ;;
	cmp.ge p6, p7 = r3, r3 ;;
	(p6) adds r8 = 32, r8 ;;
	cmp.le p6, p7 = r2, r2 ;;
	(p6) adds r8 = 64, r8 ;;
	cmp.gtu p6, p7 = r2, r3 ;;
	(p6) adds r8 = 128, r8 ;;
	cmp.geu p10, p11 = r3, r2 ;;
	cmp.leu p12, p13 = r3, r2 ;;
	cmp.lt p14, p15 = -1, r3 ;;
	cmp.ltu p16, p17 = -1, r3 ;;
	cmp.eq p18, p19 = 5, r3 ;;
	cmp4.lt p20, p21 = r4, r3 ;;
	cmp4.ltu p22, p23 = r4, r3 ;;
	cmp4.eq p24, p25 = -1, r4 ;;
	cmp.eq p26, p27 = -1, r4 ;;
	mov r9 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
