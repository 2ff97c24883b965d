// finding: F2-teardown-in-let-else
// seed: 1000083
// expect `drain` => L3 t2 t2. t12 t12. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => L3 t2 t2. t12 t12. end close
// expect `take 0 mid 1 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 0 mid 2 close` => L3 t2 t2. t12 t12. end close
// expect `take 0 mid 2 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 0 mid 3 close` => L3 t2 t2. t12 t12. end close
// expect `take 0 mid 3 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 1 close` => L3 t2 t2. t12 t12. end close
// expect `take 1 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 1 mid 1 close` => L3 t2 t2. t12 t12. end close
// expect `take 1 mid 1 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 1 mid 2 close` => L3 t2 t2. t12 t12. end close
// expect `take 1 mid 2 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 1 mid 3 close` => L3 t2 t2. t12 t12. end close
// expect `take 1 mid 3 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 2 close` => L3 t2 t2. t12 t12. end close
// expect `take 2 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 2 mid 1 close` => L3 t2 t2. t12 t12. end close
// expect `take 2 mid 1 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 2 mid 2 close` => L3 t2 t2. t12 t12. end close
// expect `take 2 mid 2 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 2 mid 3 close` => L3 t2 t2. t12 t12. end close
// expect `take 2 mid 3 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 7 close` => L3 t2 t2. t12 t12. end close
// expect `take 6 mid 1 cancel` => L3 t2 t2. t12 t12. end cancel
// expect `take 6 mid 2 close` => L3 t2 t2. t12 t12. end close
// expect `take 4 mid 1 cancel` => L3 t2 t2. t12 t12. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t12");
        ctx.log("t12.");
    }
    let mut c1 = 0;
    loop {
        c1 += 1;
        if c1 > 1 { break; }
        teardown! {
            ctx.log("t2");
            ctx.log("t2.");
        }
        let Some(v3) = ctx.opt(3, 0b1, 1) else {
            ctx.log("s4");
            teardown! {
                ctx.log("t5");
                W::new(&ctx, 6, 1).await;
                ctx.log("t5.");
            }
            let _ = tokio::try_join!(W::new(&ctx, 7, 2).ok(), W::new(&ctx, 8, 3).fail(8));
            if ctx.ch(9, 0b1, 2) {
                ctx.log("s10");
            } else {
                ctx.log("s11");
            }
            return;
        };
        ctx.log(format!("L{v3}"));
    }
}
