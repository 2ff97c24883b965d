// finding: F2-teardown-in-let-else
// seed: 1000225
// expect `drain` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => item 1 t17 t17. close
// expect `take 0 mid 1 cancel` => item 1 t17 t17. cancel
// expect `take 0 mid 2 close` => item 1 t17 t17. close
// expect `take 0 mid 2 cancel` => item 1 t17 t17. cancel
// expect `take 0 mid 3 close` => item 1 t17 t17. close
// expect `take 0 mid 3 cancel` => item 1 t17 t17. cancel
// expect `take 1 close` => item 1 t17 t17. close
// expect `take 1 cancel` => item 1 t17 t17. cancel
// expect `take 1 mid 1 close` => item 1 w2- w6x gaveup w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. close
// expect `take 1 mid 1 cancel` => item 1 w2- w6x gaveup w3x w4x w5x t17 t17. cancel
// expect `take 1 mid 2 close` => item 1 w2- w6x w5- gaveup w3- w4- j4 s16 t14 w15- t14. t17 t17. close
// expect `take 1 mid 2 cancel` => item 1 w2- w6x w5- gaveup w3x w4x t17 t17. cancel
// expect `take 1 mid 3 close` => item 1 w2- w6x w5- w3- gaveup w4- j4 s16 t14 w15- t14. t17 t17. close
// expect `take 1 mid 3 cancel` => item 1 w2- w6x w5- w3- gaveup w4x t17 t17. cancel
// expect `take 2 close` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end close
// expect `take 2 cancel` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end cancel
// expect `take 2 mid 1 close` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end close
// expect `take 2 mid 1 cancel` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end cancel
// expect `take 2 mid 2 close` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end close
// expect `take 2 mid 2 cancel` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end cancel
// expect `take 2 mid 3 close` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end close
// expect `take 2 mid 3 cancel` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end cancel
// expect `take 7 mid 2 close` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end close
// expect `take 8 mid 1 close` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end close
// expect `take 5 mid 2 close` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end close
// expect `take 7 mid 3 cancel` => item 1 w2- w6x w5- w3- w4- j4 s16 t14 w15- t14. t17 t17. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t17");
        ctx.log("t17.");
    }
    yield_!(1);
    tokio::select! {
        _ = W::new(&ctx, 2, 0), if ctx.ch(11, 0b111, 4) => {
            tokio::join!(W::new(&ctx, 3, 2), async { W::new(&ctx, 4, 3).await; ctx.log("j4"); }, W::new(&ctx, 5, 1));
        }
        _ = W::new(&ctx, 6, 1), if ctx.ch(7, 0b100, 4) => {
            tokio::join!(W::new(&ctx, 8, 1), W::new(&ctx, 9, 3), async { W::new(&ctx, 10, 2).await; ctx.log("j10"); });
        }
        else => {
            yield_!(12);
        }
    }
    let Some(v13) = ctx.opt(13, 0b0, 1) else {
        teardown! {
            ctx.log("t14");
            W::new(&ctx, 15, 2).await;
            ctx.log("t14.");
        }
        ctx.log("s16");
        return;
    };
    ctx.log(format!("L{v13}"));
    return;
}
