; ModuleID = 'review.c'
; Author: Desmond Achterberg, Wuxia Weekend (wuxiaweekend.example.com)
; Prints one review with puts, a paragraph at a time.
source_filename = "review.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@review_number = dso_local global i32 7111, align 4
@.str.headline = private unnamed_addr constant [61 x i8] c"New Dragon Gate Inn: swords, sand and a very sharp innkeeper\00", align 1
@.str.empty = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.p1 = private unnamed_addr constant [408 x i8] c"Raymond Lee directed this 1992 Hong Kong swordplay film, with Tsui Hark producing, and it is a remake of King Hu's Dragon Inn (1967), which is also known as Dragon Gate Inn. Some markets sold the new one as Dragon Inn too, which confuses everybody. The setup is the same as before: a lonely inn on the edge of the desert, loyalists on the run from a eunuch's secret police, and nobody who is what they seem.\00", align 1
@.str.p2 = private unnamed_addr constant [356 x i8] c"Brigitte Lin plays Yau Mo-yan, a swordswoman who travels dressed as a man, and Tony Leung Ka-fai is Chow Wai-on, the rebel she loves, who is smuggling the children of an executed general to safety. Maggie Cheung runs the inn as Jade, who flirts, cheats and turns her dead guests into meat buns. Donnie Yen is the eunuch Tsao Siu-yan, all silk and cruelty.\00", align 1
@.str.p3 = private unnamed_addr constant [231 x i8] c"The final fight, out on the dunes, is wild and more than a little gruesome, and Cheung is so good as the innkeeper that she nearly walks off with the film. It lacks the calm of the 1967 original, but it has speed and wit to spare.\00", align 1
@.str.signoff = private unnamed_addr constant [64 x i8] c"Reviewed by Desmond Achterberg for Wuxia Weekend, 11 June 2023.\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = call i32 @puts(i8* noundef getelementptr inbounds ([61 x i8], [61 x i8]* @.str.headline, i64 0, i64 0))
  %2 = call i32 @puts(i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.empty, i64 0, i64 0))
  %3 = call i32 @puts(i8* noundef getelementptr inbounds ([408 x i8], [408 x i8]* @.str.p1, i64 0, i64 0))
  %4 = call i32 @puts(i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.empty, i64 0, i64 0))
  %5 = call i32 @puts(i8* noundef getelementptr inbounds ([356 x i8], [356 x i8]* @.str.p2, i64 0, i64 0))
  %6 = call i32 @puts(i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.empty, i64 0, i64 0))
  %7 = call i32 @puts(i8* noundef getelementptr inbounds ([231 x i8], [231 x i8]* @.str.p3, i64 0, i64 0))
  %8 = call i32 @puts(i8* noundef getelementptr inbounds ([1 x i8], [1 x i8]* @.str.empty, i64 0, i64 0))
  %9 = call i32 @puts(i8* noundef getelementptr inbounds ([64 x i8], [64 x i8]* @.str.signoff, i64 0, i64 0))
  ret i32 0
}

declare i32 @puts(i8* noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" }
attributes #1 = { "frame-pointer"="all" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 14.0.6"}
