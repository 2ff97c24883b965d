// finding: F2-teardown-in-let-else
// seed: 1000083
// expect `drain` => t14 w15- t14. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => t14 w15- t14. end close
// expect `take 0 mid 1 cancel` => t14 w15- t14. end cancel
// expect `take 0 mid 2 close` => t14 w15- t14. end close
// expect `take 0 mid 2 cancel` => t14 w15- t14. end cancel
// expect `take 0 mid 3 close` => t14 w15- t14. end close
// expect `take 0 mid 3 cancel` => t14 w15- t14. end cancel
// expect `take 1 close` => t14 w15- t14. end close
// expect `take 1 cancel` => t14 w15- t14. end cancel
// expect `take 1 mid 1 close` => t14 w15- t14. end close
// expect `take 1 mid 1 cancel` => t14 w15- t14. end cancel
// expect `take 1 mid 2 close` => t14 w15- t14. end close
// expect `take 1 mid 2 cancel` => t14 w15- t14. end cancel
// expect `take 1 mid 3 close` => t14 w15- t14. end close
// expect `take 1 mid 3 cancel` => t14 w15- t14. end cancel
// expect `take 2 close` => t14 w15- t14. end close
// expect `take 2 cancel` => t14 w15- t14. end cancel
// expect `take 2 mid 1 close` => t14 w15- t14. end close
// expect `take 2 mid 1 cancel` => t14 w15- t14. end cancel
// expect `take 2 mid 2 close` => t14 w15- t14. end close
// expect `take 2 mid 2 cancel` => t14 w15- t14. end cancel
// expect `take 2 mid 3 close` => t14 w15- t14. end close
// expect `take 2 mid 3 cancel` => t14 w15- t14. end cancel
// expect `take 7 close` => t14 w15- t14. end close
// expect `take 6 mid 1 cancel` => t14 w15- t14. end cancel
// expect `take 6 mid 2 close` => t14 w15- t14. end close
// expect `take 4 mid 1 cancel` => t14 w15- t14. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t14");
        W::new(&ctx, 15, 0).await;
        ctx.log("t14.");
    }
    let mut c1 = 0;
    loop {
        c1 += 1;
        if c1 > 0 { break; }
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
            tokio::join!(async { W::new(&ctx, 7, 2).await; ctx.log("j7"); }, W::new(&ctx, 8, 1), async { W::new(&ctx, 9, 3).await; ctx.log("j9"); });
            tokio::join!(W::new(&ctx, 10, 1), W::new(&ctx, 11, 0));
            break;
        };
        ctx.log(format!("L{v3}"));
        let mut c12 = 0;
        'l12: loop {
            c12 += 1;
            if c12 > 0 { break; }
            ctx.log("s13");
            return;
        }
    }
}
