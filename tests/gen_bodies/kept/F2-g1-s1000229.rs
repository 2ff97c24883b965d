// finding: F2-teardown-in-let-else
// seed: 1000229
// expect `drain` => item 2 w4- item 6 s9 t7 w8- t7. t22 w23- t22. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => item 2 t22 w23- t22. close
// expect `take 0 mid 1 cancel` => item 2 t22 w23- t22. cancel
// expect `take 0 mid 2 close` => item 2 t22 w23- t22. close
// expect `take 0 mid 2 cancel` => item 2 t22 w23- t22. cancel
// expect `take 0 mid 3 close` => item 2 t22 w23- t22. close
// expect `take 0 mid 3 cancel` => item 2 t22 w23- t22. cancel
// expect `take 1 close` => item 2 t22 w23- t22. close
// expect `take 1 cancel` => item 2 t22 w23- t22. cancel
// expect `take 1 mid 1 close` => item 2 gaveup w4- t22 w23- t22. close
// expect `take 1 mid 1 cancel` => item 2 gaveup w4x t22 w23- t22. cancel
// expect `take 1 mid 2 close` => item 2 gaveup w4- t22 w23- t22. close
// expect `take 1 mid 2 cancel` => item 2 gaveup w4x t22 w23- t22. cancel
// expect `take 1 mid 3 close` => item 2 gaveup w4- t22 w23- t22. close
// expect `take 1 mid 3 cancel` => item 2 gaveup w4x t22 w23- t22. cancel
// expect `take 2 close` => item 2 w4- item 6 t22 w23- t22. close
// expect `take 2 cancel` => item 2 w4- item 6 t22 w23- t22. cancel
// expect `take 2 mid 1 close` => item 2 w4- item 6 s9 t7 gaveup w8- t7. t22 w23- t22. close
// expect `take 2 mid 1 cancel` => item 2 w4- item 6 s9 t7 gaveup w8- t7. t22 w23- t22. cancel
// expect `take 2 mid 2 close` => item 2 w4- item 6 s9 t7 w8- t7. t22 gaveup w23- t22. close
// expect `take 2 mid 2 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t22 gaveup w23- t22. cancel
// expect `take 2 mid 3 close` => item 2 w4- item 6 s9 t7 w8- t7. t22 gaveup w23- t22. close
// expect `take 2 mid 3 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t22 gaveup w23- t22. cancel
// expect `take 7 mid 2 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t22 w23- t22. end cancel
// expect `take 8 mid 1 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t22 w23- t22. end cancel
// expect `take 5 mid 2 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t22 w23- t22. end cancel
// expect `take 3 mid 2 close` => item 2 w4- item 6 s9 t7 w8- t7. t22 w23- t22. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t22");
        W::new(&ctx, 23, 2).await;
        ctx.log("t22.");
    }
    let mut c1 = 0;
    while c1 < 1 {
        c1 += 1;
        yield_!(2);
        let mut c3 = 0;
        loop {
            c3 += 1;
            if c3 > 1 { break; }
            W::new(&ctx, 4, 3).await;
            let Some(v5) = ctx.opt(5, 0b0, 1) else {
                yield_!(6);
                teardown! {
                    ctx.log("t7");
                    W::new(&ctx, 8, 1).await;
                    ctx.log("t7.");
                }
                ctx.log("s9");
                return;
            };
            ctx.log(format!("L{v5}"));
            tokio::join!(async { W::new(&ctx, 10, 3).await; ctx.log("j10"); }, W::new(&ctx, 11, 0));
        }
    }
    yield_!(12);
    let Some(v13) = ctx.opt(13, 0b1, 4) else {
        teardown! {
            ctx.log("t14");
            W::new(&ctx, 15, 0).await;
            ctx.log("t14.");
        }
        yield_!(16);
        for _ in 0..0 {
            let b18: u32 = 'l18: {
                teardown! {
                    ctx.log("t19");
                    ctx.log("t19.");
                }
                tokio::join!(W::new(&ctx, 20, 3), W::new(&ctx, 21, 2));
                28
            };
            ctx.log(format!("b18={b18}"));
        }
        return;
    };
    ctx.log(format!("L{v13}"));
}
