// finding: F2-teardown-in-let-else
// seed: 1000012
// expect `drain` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => gaveup w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. close
// expect `take 0 mid 1 cancel` => gaveup w1x w2x w3x t18 w19- t18. cancel
// expect `take 0 mid 2 close` => w3- gaveup w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. close
// expect `take 0 mid 2 cancel` => w3- gaveup w1x w2x t18 w19- t18. cancel
// expect `take 0 mid 3 close` => w3- w1- j1 gaveup w2- j2 s7 t5 w6- t5. t18 w19- t18. close
// expect `take 0 mid 3 cancel` => w3- w1- j1 gaveup w2x t18 w19- t18. cancel
// expect `take 1 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 1 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
// expect `take 1 mid 1 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 1 mid 1 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
// expect `take 1 mid 2 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 1 mid 2 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
// expect `take 1 mid 3 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 1 mid 3 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
// expect `take 2 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 2 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
// expect `take 2 mid 1 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 2 mid 1 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
// expect `take 2 mid 2 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 2 mid 2 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
// expect `take 2 mid 3 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 2 mid 3 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
// expect `take 8 mid 4 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
// expect `take 7 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 3 mid 5 close` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end close
// expect `take 8 cancel` => w3- w1- j1 w2- j2 s7 t5 w6- t5. t18 w19- t18. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t18");
        W::new(&ctx, 19, 1).await;
        ctx.log("t18.");
    }
    tokio::join!(async { W::new(&ctx, 1, 2).await; ctx.log("j1"); }, async { W::new(&ctx, 2, 3).await; ctx.log("j2"); }, W::new(&ctx, 3, 1));
    let Some(v4) = ctx.opt(4, 0b0, 2) else {
        teardown! {
            ctx.log("t5");
            W::new(&ctx, 6, 1).await;
            ctx.log("t5.");
        }
        ctx.log("s7");
        return;
    };
    ctx.log(format!("L{v4}"));
    tokio::join!(W::new(&ctx, 8, 2), W::new(&ctx, 9, 0), W::new(&ctx, 10, 1));
    let Some(v11) = ctx.opt(11, 0b10, 2) else {
        let b12: u32 = 'l12: {
            tokio::select! {
                _ = W::new(&ctx, 13, 2), if ctx.ch(17, 0b1010, 4) => {
                    W::new(&ctx, 14, 3).await;
                }
                _ = W::new(&ctx, 15, 0) => {
                    ctx.log("s16");
                }
            }
            15
        };
        ctx.log(format!("b12={b12}"));
        return;
    };
    ctx.log(format!("L{v11}"));
    return;
}
